using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PrepPack.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
