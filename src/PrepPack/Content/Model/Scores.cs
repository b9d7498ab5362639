namespace PrepPack.Content.Model;

/// <summary>The project matrix scores, each from 1 to 5.</summary>
public sealed record Scores(int Impact, int Scope, int Contribution)
{
    public int Total => Impact + Scope + Contribution;
}
