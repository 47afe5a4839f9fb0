namespace Training.Ratings;

/// <summary>Lengths shared by DTO validation and entity guards.</summary>
public static class RatingsConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxEventIdLength = 64;
    public const int MaxCaseNumberLength = 64;
    public const int MaxCommentLength = 500;
    public const int MaxNoteLength = 2000;
    public const int MaxPersonNameLength = 50;
    public const int MaxPhoneLength = 20;
    public const int MaxCreditCodeLength = 18;
    public const int MaxTagsPerRating = 10;
    public const int MaxBatch = 1000;
    public const int MaxSuggestionsLength = 8000;
    public const int MaxAspectLength = 50;
    public const int MaxEvidenceFiles = 5;

    /// <summary>The source key of the public QR page (pads use their device id).</summary>
    public const string QrSourceKey = "qr";

    public static bool IsBad(RatingLevel level) => level >= RatingLevel.Dissatisfied;
}
