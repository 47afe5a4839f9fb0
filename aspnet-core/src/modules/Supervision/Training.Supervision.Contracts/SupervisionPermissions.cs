using Training.SharedKernel.Authorization;

namespace Training.Supervision;

/// <summary>Supervision's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class SupervisionPermissions
{
    /// <summary>Findings about oneself (and commendations), and disputing one within the deadline.</summary>
    public static class My
    {
        public const string Default = "Supervision.My";
    }

    /// <summary>The catalogue of violations and commendations with their default points (versioned).</summary>
    public static class Catalogue
    {
        public const string Default = "Supervision.Catalogue";
        public const string Manage = "Supervision.Catalogue.Manage";
    }

    /// <summary>Inspections and walk-throughs: read within the scope; record (inspectors, managers).</summary>
    public static class Inspections
    {
        public const string Default = "Supervision.Inspections";
        public const string Record = "Supervision.Inspections.Record";
    }

    /// <summary>Findings within the scope; a unit disputes one about its people or windows; the hall manager decides.</summary>
    public static class Findings
    {
        public const string Default = "Supervision.Findings";
        public const string Dispute = "Supervision.Findings.Dispute";
        public const string Decide = "Supervision.Findings.Decide";
    }

    /// <summary>The rectification ledger 问题台账: a unit reports progress and keeps its self-checks; reviewers accept or send back.</summary>
    public static class Ledger
    {
        public const string Default = "Supervision.Ledger";
        public const string Report = "Supervision.Ledger.Report";
        public const string Review = "Supervision.Ledger.Review";
    }
}

public sealed class SupervisionPermissionDefinitions : IPermissionDefinitionProvider
{
    private const string Staff = RoleNames.Staff, Lead = RoleNames.WindowLead, Manager = RoleNames.HallManager,
        Inspector = RoleNames.Inspector, Hr = RoleNames.HR, Admin = RoleNames.Admin;

    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(SupervisionPermissions.My.Default, "我的督查记录", "My findings and commendations", Staff, Lead),
        new(SupervisionPermissions.Catalogue.Default, "查看督查事项目录", "View the supervision catalogue", Admin, Manager, Inspector, Lead, Hr),
        new(SupervisionPermissions.Catalogue.Manage, "维护督查事项目录和分值", "Edit the supervision catalogue and its points", Admin, Manager),
        new(SupervisionPermissions.Inspections.Default, "查看督查检查和走流程", "View inspections and walk-throughs", Admin, Manager, Inspector, Lead, Hr),
        new(SupervisionPermissions.Inspections.Record, "记录督查检查、走流程和发现的问题", "Record inspections, walk-throughs and findings", Admin, Manager, Inspector),
        new(SupervisionPermissions.Findings.Default, "查看督查发现的问题和表扬", "View findings and commendations", Admin, Manager, Inspector, Lead, Hr),
        new(SupervisionPermissions.Findings.Dispute, "对督查问题提出异议", "Dispute a finding", Staff, Lead),
        new(SupervisionPermissions.Findings.Decide, "裁定督查问题异议（维持或撤销）", "Decide disputes (uphold or withdraw)", Admin, Manager),
        new(SupervisionPermissions.Ledger.Default, "查看问题整改台账", "View the rectification ledger", Admin, Manager, Inspector, Lead, Hr),
        new(SupervisionPermissions.Ledger.Report, "报送整改进展、登记对照自查问题", "Report rectification progress; record self-check items", Admin, Manager, Lead),
        new(SupervisionPermissions.Ledger.Review, "验收整改、退回、回头看", "Accept, send back and re-check rectifications", Admin, Manager, Inspector),
    ];
}
