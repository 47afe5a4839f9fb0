using Training.SharedKernel.Settings;

namespace Training.SharedKernel.Files;

/// <summary>Settings every printed document shares: where its verification page is reached from outside.</summary>
public static class DocumentSettings
{
    /// <summary>The portal's address as printed on documents (verification URL and QR code), e.g. http://zwfw.example.gov.cn.</summary>
    public const string PublicBaseUrl = "Platform.Documents.PublicBaseUrl";

    /// <summary>The verification URL of a code: absolute when the base is set, else the path alone.</summary>
    public static string VerificationUrl(string baseUrl, string code) => $"{baseUrl.TrimEnd('/')}/verify/{code}";
}

public sealed class DocumentSettingDefinitions : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(DocumentSettings.PublicBaseUrl, "http://127.0.0.1:5080", SettingType.Text, "对外访问地址（印在通报和证书的核验网址、二维码上）",
            "Public address (printed in the verification URL and QR code of bulletins and certificates)"),
    ];
}
