using Microsoft.AspNetCore.Identity;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Domain;

/// <summary>A role: a set of permission grants (editable) and the data scope its holders get.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    public ScopeKind ScopeKind { get; set; }

    /// <summary>Built-in roles cannot be deleted or renamed; their grants can be edited.</summary>
    public bool IsStatic { get; set; }
}
