namespace Training.SharedKernel.Domain;

/// <summary>How a person's name appears where anyone may look (the public verification page).</summary>
public static class PersonNames
{
    /// <summary>张三 → 张*, 欧阳娜娜 → 欧**娜: enough to recognise, not enough to harvest.</summary>
    public static string Mask(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };
}
