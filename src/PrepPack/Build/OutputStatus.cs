namespace PrepPack.Build;

public enum OutputStatus
{
    Written,
    UpToDate,
    Failed,
}
