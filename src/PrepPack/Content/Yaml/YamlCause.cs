namespace PrepPack.Content.Yaml;

/// <summary>A mistake found in the text of a file YAML could not read: where it is, what it is and the fix.</summary>
/// <param name="IsTab">A tab in the indentation, which YamlDotNet reports wherever it was reading, not at the
/// tab.</param>
internal sealed record YamlCause(int Line, int Column, string Message, string Hint, bool IsTab = false);
