using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.Common;

public sealed class LiveUpdatesTests
{
    private sealed record VoteCast(string Item);

    private sealed record BoardChanged(string Board);

    [Fact]
    public void Publish_ReachesEverySubscriberOfThatMessage_AndNoOther()
    {
        var live = new LiveUpdates();
        var votes = new List<string>();
        var boards = new List<string>();
        using var first = live.Subscribe<VoteCast>(v => votes.Add($"first:{v.Item}"));
        using var second = live.Subscribe<VoteCast>(v => votes.Add($"second:{v.Item}"));
        using var other = live.Subscribe<BoardChanged>(b => boards.Add(b.Board));

        live.Publish(new VoteCast("item-1"));

        Assert.Equal(["first:item-1", "second:item-1"], votes.Order());
        Assert.Empty(boards);
    }

    [Fact]
    public void ADisposedSubscription_ReceivesNothing_AndIsGone()
    {
        var live = new LiveUpdates();
        var received = 0;
        var subscription = live.Subscribe<VoteCast>(_ => received++);

        subscription.Dispose();
        live.Publish(new VoteCast("item-1"));
        subscription.Dispose();

        Assert.Equal(0, received);
        Assert.Equal(0, live.SubscriberCount<VoteCast>());
    }

    [Fact]
    public void AFailingSubscriber_StopsNeitherThePublisherNorTheOthers()
    {
        var live = new LiveUpdates();
        var received = new List<string>();
        using var failing = live.Subscribe<VoteCast>(_ => throw new ObjectDisposedException("circuit"));
        using var healthy = live.Subscribe<VoteCast>(v => received.Add(v.Item));

        live.Publish(new VoteCast("item-2"));

        Assert.Equal(["item-2"], received);
    }
}
