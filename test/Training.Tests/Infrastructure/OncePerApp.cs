namespace Training.Tests.Infrastructure;

/// <summary>
/// Arranges a test class's shared data once per app (a collection's fixture app outlives its classes), whichever of
/// the class's tests starts first; the others wait for it.
/// </summary>
public sealed class OncePerApp
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HashSet<TrainingApp> _arranged = [];

    public async Task RunAsync(TrainingApp app, Func<Task> arrange)
    {
        await _gate.WaitAsync();
        try
        {
            if (_arranged.Add(app)) await arrange();
        }
        finally
        {
            _gate.Release();
        }
    }
}
