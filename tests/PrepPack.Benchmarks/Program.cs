using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PrepPack.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/PrepPack.Benchmarks -- bank SAMPLE_CONTENT OUT_CONTENT STORIES  (writes a generated bank)
if (args is ["bank", var sample, var content, var stories])
{
    PrepPack.Tests.Support.LargeBank.Write(sample, content, int.Parse(stories));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
