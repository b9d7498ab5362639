namespace PrepPack.Layout.Core;

/// <summary>What an element would take of the space offered, without drawing anything.</summary>
public readonly record struct SpacePlan(SpacePlanType Type, float Width, float Height)
{
    public static SpacePlan Empty() => new(SpacePlanType.Empty, 0, 0);

    public static SpacePlan Wrap() => new(SpacePlanType.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanType.PartialRender, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanType.FullRender, width, height);

    public bool IsWrap => Type == SpacePlanType.Wrap;
    public bool IsEmpty => Type == SpacePlanType.Empty;
    public bool IsFull => Type == SpacePlanType.FullRender;
    public bool IsPartial => Type == SpacePlanType.PartialRender;

    /// <summary>Something will be drawn (all of it or a part).</summary>
    public bool Draws => Type is SpacePlanType.FullRender or SpacePlanType.PartialRender;
}
