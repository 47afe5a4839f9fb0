namespace Training.Organization;

/// <summary>Years of service from the work start date 参加工作时间 (annual leave by years of service counts them).</summary>
public static class ServiceYears
{
    /// <summary>
    /// Whole years completed from <paramref name="workStart"/> up to and including <paramref name="asOf"/>; 0 before the
    /// first anniversary or when <paramref name="asOf"/> is earlier. A start on 29 February completes its year on 28
    /// February of a common year.
    /// </summary>
    public static int WholeYears(DateOnly workStart, DateOnly asOf)
    {
        if (asOf <= workStart) return 0;
        var years = asOf.Year - workStart.Year;
        if (workStart.AddYears(years) > asOf) years--;
        return years;
    }
}
