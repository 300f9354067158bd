using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TalksBot.Benchmarks.BenchmarkData).Assembly).Run(args);
