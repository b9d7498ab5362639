namespace PrepPack.Tests.Architecture;

/// <summary>One step of the pipeline: folders of src/PrepPack that may use every folder on a lower layer.</summary>
/// <param name="Folders">Peers on one layer, which may not use each other.</param>
/// <param name="UsesLayout">Whether they may use PrepPack.Layout, the page engine: only what lays out or
/// measures text.</param>
public sealed record Layer(string[] Folders, bool UsesLayout = false);
