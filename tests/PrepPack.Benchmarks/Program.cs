using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PrepPack.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/PrepPack.Benchmarks -- bank SAMPLE_CONTENT OUT_CONTENT STORIES  (writes a
// generated bank)
if (args is ["bank", var sample, var content, var stories])
{
    PrepPack.Tests.Support.LargeBank.Write(sample, content, int.Parse(stories));
    return;
}

// dotnet run -c Release --project tests/PrepPack.Benchmarks -- profile MARKDOWN TEMPLATES RUNS  (times one output in
// process)
if (args is ["profile", var markdown, var templates, var runs])
{
    PrepPack.Benchmarks.Profile.Run(markdown, templates, int.Parse(runs));
    return;
}

// dotnet run -c Release --project tests/PrepPack.Benchmarks -- deflate FILE...  (each PDF's streams by zlib and by the
// optimal-parse encoder: sizes and speeds)
if (args is ["deflate", .. var files])
{
    PrepPack.Benchmarks.DeflateSpeed.Run(files);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
