using Training.SharedKernel.Domain;

namespace Training.Organization.Domain;

/// <summary>A government department: it stations units in halls and dispatches staff to them.</summary>
public sealed class Department : AggregateRoot
{
    private Department() { }

    public Department(Guid id, string name) : base(id) => Rename(name);

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = Check.NotBlank(name, "name", OrganizationConsts.MaxNameLength);
}
