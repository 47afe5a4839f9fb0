namespace Training.Documents;

/// <summary>What a render wrote: its pages and bytes.</summary>
public sealed record RenderedDocument(int PageCount, long Bytes);
