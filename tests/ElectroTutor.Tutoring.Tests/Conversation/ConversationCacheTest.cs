using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class ConversationCacheTest
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Beyond_its_capacity_the_least_recently_used_learner_is_dropped()
    {
        var cache = new ConversationCache(capacity: 2);
        cache.Store(Key("a"), Entry("a", 1, 1));
        cache.Store(Key("b"), Entry("b", 2, 1));
        Assert.NotNull(cache.Find(Key("a")));

        cache.Store(Key("c"), Entry("c", 3, 1));

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.Find(Key("b")));
        Assert.Equal(1, cache.Find(Key("a"))?.Learner.Id);
        Assert.Equal(3, cache.Find(Key("c"))?.Learner.Id);
    }

    [Fact]
    public void Many_learners_never_hold_more_than_the_capacity()
    {
        var cache = new ConversationCache(capacity: 100);
        for (var i = 0; i < 10_000; i++)
        {
            cache.Store(Key($"u{i}"), Entry($"u{i}", i + 1, 1));
        }

        Assert.Equal(100, cache.Count);
        Assert.NotNull(cache.Find(Key("u9999")));
        Assert.Null(cache.Find(Key("u0")));
    }

    [Fact]
    public void An_older_version_of_the_same_learner_does_not_replace_a_newer_one()
    {
        var cache = new ConversationCache();
        cache.Store(Key("a"), Entry("a", 1, 5));

        cache.Store(Key("a"), Entry("a", 1, 4));
        Assert.Equal(5, cache.Find(Key("a"))?.Version);

        cache.Store(Key("a"), Entry("a", 1, 6));
        Assert.Equal(6, cache.Find(Key("a"))?.Version);
    }

    [Fact]
    public void A_learner_stored_again_under_a_new_id_replaces_the_old_entry_whatever_its_version()
    {
        var cache = new ConversationCache();
        cache.Store(Key("a"), Entry("a", 1, 9));

        cache.Store(Key("a"), Entry("a", 2, 1));

        Assert.Equal((2L, 1L), (cache.Find(Key("a"))!.Learner.Id, cache.Find(Key("a"))!.Version));
    }

    [Fact]
    public void A_removed_learner_is_no_longer_found()
    {
        var cache = new ConversationCache();
        cache.Store(Key("a"), Entry("a", 1, 1));

        cache.Remove(Key("a"));
        cache.Remove(Key("never stored"));

        Assert.Null(cache.Find(Key("a")));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationCache(capacity: 0));

    private static LearnerKey Key(string user) => new("test", user);

    private static CachedConversation Entry(string user, long id, long version) =>
        new(new LearnerRecord(id, Key(user), user, Noon), version, SavedConversation.Empty);
}
