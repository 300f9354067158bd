Console.WriteLine("TalksBot");
