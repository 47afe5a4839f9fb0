namespace Training.SharedKernel.Files;

/// <summary>
/// A read-only, forward-only wrapper that reports each read (the bytes just read and the running total) to a check,
/// which throws to stop a part that unpacks larger than allowed. Used for zip parts of uploads and imports.
/// </summary>
internal sealed class ReadCountingStream(Stream inner, Action<int, long> afterRead) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        afterRead(n, _read);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
