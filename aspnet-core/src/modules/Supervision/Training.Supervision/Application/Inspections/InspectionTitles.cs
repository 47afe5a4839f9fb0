namespace Training.Supervision.Application.Inspections;

/// <summary>The words of an inspection's kind in a title the portal makes (the phone's quick path names its inspection so).</summary>
internal static class InspectionTitles
{
    public static string KindZh(InspectionKind kind) => kind switch
    {
        InspectionKind.Open => "明察",
        InspectionKind.Covert => "暗访",
        InspectionKind.VideoPatrol => "视频巡查",
        InspectionKind.RandomCheck => "随机巡查",
        InspectionKind.SimulatedService => "模拟办事",
        InspectionKind.WalkThrough => "走流程",
        InspectionKind.ComplaintCheck => "投诉核查",
        _ => kind.ToString(),
    };
}
