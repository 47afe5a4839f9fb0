namespace Training.Supervision;

/// <summary>Lengths and limits shared by DTO validation and entity guards.</summary>
public static class SupervisionConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxNoteLength = 2000;
    public const int MaxPersonNameLength = 50;
    public const int MaxSourceReferenceLength = 64;
    public const int MaxInspectors = 20;
    public const int MaxPlaces = 100;
    public const int MaxSteps = 50;
    public const int MaxPhotosPerFinding = 6;
    public const int MaxEvidenceFiles = 6;

    /// <summary>A SHA-256 in hex.</summary>
    public const int ContentHashLength = 64;

    /// <summary>Points of one item, either sign; an appraisal scheme decides how they count.</summary>
    public const double MaxPoints = 100;

    /// <summary>The longest edge a stored photo keeps (pixels); larger phone photos are scaled down.</summary>
    public const int MaxPhotoEdge = 2048;
}
