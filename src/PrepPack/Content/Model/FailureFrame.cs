namespace PrepPack.Content.Model;

/// <summary>How to tell a failure story: own the mistake, what went wrong underneath, what changed for good.</summary>
public sealed record FailureFrame(string OwningIt, string WhatWentWrong, string WhatChanged);
