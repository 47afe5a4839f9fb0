namespace Training.Organization;

/// <summary>Lengths shared by DTO validation and the entity guards.</summary>
public static class OrganizationConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;
    public const int MaxStaffNumberLength = 32;
    public const int MaxPersonNameLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxReasonLength = 500;
    public const int MaxLeadsPerUnit = 50;
    public const string DefaultTimeZone = "Asia/Shanghai";
}
