namespace Training.Ratings;

/// <summary>The five levels of 好差评, best first; the last two are bad ratings (差评).</summary>
public enum RatingLevel
{
    /// <summary>非常满意</summary>
    VerySatisfied = 1,

    /// <summary>满意</summary>
    Satisfied = 2,

    /// <summary>基本满意</summary>
    Basic = 3,

    /// <summary>不满意 (bad)</summary>
    Dissatisfied = 4,

    /// <summary>非常不满意 (bad)</summary>
    VeryDissatisfied = 5,
}

/// <summary>How a rating reached the portal. A case is rated once per channel (一次一评).</summary>
public enum RatingChannel
{
    /// <summary>The window's rating pad (评价器), pushing through the device API.</summary>
    Pad = 1,

    /// <summary>The public page reached by the window's QR code (扫码评价).</summary>
    QrCode = 2,
}

/// <summary>Who rated: nobody named, a person (real-name when a name or phone is given), or an enterprise.</summary>
public enum RaterKind
{
    Anonymous = 0,
    Person = 1,
    Enterprise = 2,
}

/// <summary>How the rating's staff member was known.</summary>
public enum Attribution
{
    /// <summary>The pad named the person (staff number).</summary>
    Given = 0,

    /// <summary>The queue-calling system or pad reported the person at the window.</summary>
    PostStatus = 1,

    /// <summary>The post holder had punched in before the instant.</summary>
    Punch = 2,

    /// <summary>Organization's assignment (nobody punched).</summary>
    Assignment = 3,

    /// <summary>Two people could have served: a lead attributes it (never guessed).</summary>
    Ambiguous = 4,

    /// <summary>Nobody is known at the window.</summary>
    Nobody = 5,

    /// <summary>A lead attributed it.</summary>
    Lead = 6,
}

/// <summary>A bad-rating case's step: verify → call back → rectify → reply → follow-up → closed.</summary>
public enum CaseState
{
    Verifying = 0,
    CallingBack = 1,
    Rectifying = 2,
    Replying = 3,
    FollowingUp = 4,
    Closed = 5,
}

/// <summary>What verification found: a real problem, a mistaken rating (wrong button, wrong window) or a malicious one.</summary>
public enum CaseVerdict
{
    Real = 0,
    Mistaken = 1,
    Malicious = 2,
}

/// <summary>Who took the follow-up evaluation (回访评价): the handler on the phone, or the citizen through the case's link.</summary>
public enum FollowUpSource
{
    Handler = 0,
    Citizen = 1,
}

public enum AppealReason
{
    Mistaken = 1,
    Malicious = 2,
}

public enum AppealState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>A device that pushes to Ratings: a window's rating pad, or the hall's case system (service efficiency).</summary>
public enum RatingDeviceKind
{
    RatingPad = 0,
    CaseSystem = 1,
}

/// <summary>What a device's item got: stored, already stored (same event id), or refused with a reason.</summary>
public enum PushItemOutcome
{
    Stored = 0,
    Duplicate = 1,
    Refused = 2,
}
