namespace Training.SharedKernel.Scoping;

/// <summary>How far a role sees into person records. Ordered: a wider kind has a higher value.</summary>
public enum ScopeKind
{
    None = 0,
    /// <summary>Own records only (Staff).</summary>
    Own = 1,
    /// <summary>The units the caller is made lead of, plus own records (WindowLead).</summary>
    Units = 2,
    /// <summary>The halls the caller manages, plus own records (HallManager).</summary>
    Halls = 3,
    /// <summary>Everything (HR read-only by its grants, Admin).</summary>
    All = 4,
}
