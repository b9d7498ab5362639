namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// What a figure says about its quantity, so honest pairs are not compared: the value before a
/// change, after it, the change itself ("a 30% cut"), a target or limit, or a plain statement.
/// </summary>
internal enum QuantityRole
{
    Plain,
    Before,
    After,
    Change,
    Target,
}
