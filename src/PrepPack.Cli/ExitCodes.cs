namespace PrepPack.Cli;

/// <summary>What preppack's exit code tells a script.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
}
