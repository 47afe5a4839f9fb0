namespace Training.Identity;

/// <summary>Lengths shared by DTO validation and the entity mapping.</summary>
public static class IdentityConsts
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 64;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxDeviceNameLength = 128;
    public const int MaxRoleNameLength = 128;
    public const int MaxRolesPerUser = 16;
    public const int MaxPermissionNameLength = 128;
    public const int MaxPermissionsPerRole = 500;
}
