using System.Globalization;
using TalksBot.Load;
using TalksBot.Load.Soak;

// load [deliveries] [interactions] [per second] [-- bot settings…]    soak [minutes] [warm-up minutes] [-- bot settings…]
var split = Array.IndexOf(args, "--");
var own = split < 0 ? args : args[..split];
var botArgs = split < 0 ? [] : args[(split + 1)..];
int Number(int index, int fallback) => own.Length > index ? int.Parse(own[index], CultureInfo.InvariantCulture) : fallback;

return own switch
{
    [SoakCommand.Verb, ..] => await SoakCommand.RunAsync(TimeSpan.FromMinutes(Number(1, 10)), TimeSpan.FromMinutes(Number(2, 20)), botArgs),
    [] or [LoadCommand.Verb, ..] => await LoadCommand.RunAsync(Number(1, 2000), Number(2, 1000), Number(3, 200), botArgs),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: TalksBot.Load load [deliveries=2000] [interactions=1000] [per-second=200] [-- --Key=value …]");
    Console.Error.WriteLine("       TalksBot.Load soak [minutes=10] [warm-up=20] [-- --Key=value …]");
    return 2;
}
