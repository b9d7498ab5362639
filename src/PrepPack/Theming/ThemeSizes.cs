namespace PrepPack.Theming;

/// <summary>Type sizes in points.</summary>
public sealed record ThemeSizes
{
    public float Body { get; init; } = 10;
    public float Small { get; init; } = 8;
    public float Code { get; init; } = 8.5f;
    public float H1 { get; init; } = 20;
    public float H2 { get; init; } = 14;
    public float H3 { get; init; } = 11.5f;
    public float H4 { get; init; } = 10;

    public float Heading(int level) =>
        level switch
        {
            1 => H1,
            2 => H2,
            3 => H3,
            _ => H4,
        };

    public ThemeSizes Scaled(float f) =>
        new()
        {
            Body = Body * f,
            Small = Small * f,
            Code = Code * f,
            H1 = H1 * f,
            H2 = H2 * f,
            H3 = H3 * f,
            H4 = H4 * f,
        };
}
