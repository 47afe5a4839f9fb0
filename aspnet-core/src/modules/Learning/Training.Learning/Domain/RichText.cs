using Ganss.Xss;

namespace Training.Learning.Domain;

/// <summary>
/// Lesson bodies are rich text from an editor. Only safe markup is kept (no scripts, event handlers, iframes or
/// javascript: links), so a lesson can be shown as HTML to every learner.
/// </summary>
public static class RichText
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html ?? "");

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style"); // styling comes from the portal's theme
        return sanitizer;
    }
}
