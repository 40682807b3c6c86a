using System.Collections.Concurrent;

namespace CompliancePortal.Core.Common;

/// <summary>
/// The one broadcast live pages listen to in this instance: a service publishes a message after its change committed,
/// and every component showing that kind of thing re-reads it. Components subscribe while they are shown and dispose
/// their subscription with themselves, so a closed page receives nothing and holds nothing. A subscriber that fails is
/// its own problem: the publisher and the other subscribers carry on.
/// </summary>
public sealed class LiveUpdates
{
    private readonly ConcurrentDictionary<Subscription, Type> _subscriptions = new();

    public IDisposable Subscribe<T>(Action<T> handler)
    {
        var subscription = new Subscription(this, message => handler((T)message));
        _subscriptions[subscription] = typeof(T);
        return subscription;
    }

    public void Publish<T>(T message) where T : notnull
    {
        foreach (var (subscription, type) in _subscriptions)
        {
            if (type != typeof(T))
            {
                continue;
            }
            try
            {
                subscription.Deliver(message);
            }
            catch (Exception)
            {
                // A subscriber's failure (a circuit that just closed, say) must not undo or hold up the change that published.
            }
        }
    }

    /// <summary>How many subscriptions to <typeparamref name="T"/> are open: zero once every page showing it has closed.</summary>
    public int SubscriberCount<T>() => _subscriptions.Values.Count(type => type == typeof(T));

    private sealed class Subscription(LiveUpdates owner, Action<object> deliver) : IDisposable
    {
        public void Deliver(object message) => deliver(message);

        public void Dispose() => owner._subscriptions.TryRemove(this, out _);
    }
}
