using CompliancePortal.Core.Common;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Shared;

/// <summary>
/// A component that re-reads what it shows when a matching message is published on <see cref="LiveUpdates"/>. Its
/// subscriptions live exactly as long as the component: disposing it ends them, so a closed page hears nothing.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];

    [Inject] private LiveUpdates Live { get; set; } = default!;

    /// <summary>Re-runs <paramref name="reload"/> on the circuit, and re-renders, for every message that <paramref name="matches"/>.</summary>
    protected void RefreshOn<T>(Func<T, bool> matches, Func<Task> reload) =>
        _subscriptions.Add(Live.Subscribe<T>(message =>
        {
            if (matches(message))
            {
                _ = InvokeAsync(async () =>
                {
                    await reload();
                    StateHasChanged();
                });
            }
        }));

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _subscriptions.Clear();
        OnDisposed();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived component holds besides its subscriptions.</summary>
    protected virtual void OnDisposed()
    {
    }
}
