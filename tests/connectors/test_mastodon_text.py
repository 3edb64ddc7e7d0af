"""Status HTML becomes the text a reader saw: mentions with their domain, hashtags, whole
link addresses, entities, line breaks, custom emoji shortcodes, nothing of the markup."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.mastodon.text import html_to_text
from tests.connectors.mastodon_fake import HOST, Acct, render

# The sample from docs.joinmastodon.org/entities/Status (a link cut for display).
GUARDIAN = ('<p>&quot;I lost my inheritance with one wrong digit on my sort code&quot;</p><p>'
            '<a href="https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance'
            '-with-one-wrong-digit-on-my-sort-code" rel="nofollow noopener noreferrer" '
            'target="_blank"><span class="invisible">https://www.</span><span class="ellipsis">'
            'theguardian.com/money/2019/dec</span><span class="invisible">/07/i-lost-my-193000-'
            'inheritance-with-one-wrong-digit-on-my-sort-code</span></a></p>')
MENTION = ('<p><span class="h-card"><a href="https://mastodon.social/@trwnh" '
           'class="u-url mention">@<span>trwnh</span></a></span> sup!</p>')


def test_the_documented_status_keeps_its_whole_link_and_quotes() -> None:
    assert html_to_text(GUARDIAN) == (
        '"I lost my inheritance with one wrong digit on my sort code"\n\n'
        "https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one"
        "-wrong-digit-on-my-sort-code")


def test_a_mention_gets_its_full_address_from_the_mentions_list() -> None:
    known = {"https://mastodon.social/@trwnh": "@trwnh@mastodon.social"}
    assert html_to_text(MENTION, known) == "@trwnh@mastodon.social sup!"


def test_a_mention_whose_profile_lives_on_another_host_keeps_its_real_address() -> None:
    """WebFinger lets ana@example.com live on social.example.com: the acct is the truth."""
    content = ('<p><a href="https://social.example.com/@ana" class="u-url mention">'
               '@<span>ana</span></a> hi</p>')
    known = {"https://social.example.com/@ana": "@ana@example.com"}
    assert html_to_text(content, known) == "@ana@example.com hi"


def test_a_mention_missing_from_the_list_takes_the_domain_of_its_link() -> None:
    assert html_to_text(MENTION) == "@trwnh@mastodon.social sup!"
    pleroma = '<p><a class="mention" href="https://pl.example/users/ana">@ana</a> hi</p>'
    assert html_to_text(pleroma) == "@ana@pl.example hi"


def test_hashtags_entities_and_line_breaks() -> None:
    content = ('<p>Ships <a href="https://x.social/tags/launch" class="mention hashtag" '
               'rel="tag">#<span>Launch</span></a> &amp; more&nbsp;soon &lt;3</p>'
               '<p>line one<br>line two<br/>line three</p>')
    assert html_to_text(content) == ("Ships #Launch & more\u00a0soon <3\n\n"
                                     "line one\nline two\nline three")


def test_custom_emoji_shortcodes_and_non_latin_text_stay_as_they_are() -> None:
    content = "<p>Terima kasih :blobcat_heart: — مرحبا بكم 🎉 日本語テキスト</p>"
    assert html_to_text(content) == "Terima kasih :blobcat_heart: — مرحبا بكم 🎉 日本語テキスト"
    misskey = '<p>yay <img class="emoji" alt=":party:" src="https://x/e.png"></p>'
    assert html_to_text(misskey) == "yay :party:"


def test_a_labelled_link_shows_its_real_address_and_unsafe_ones_only_their_words() -> None:
    content = ('<p><a href="https://evil.example/login">https://bank.example</a> and '
               '<a href="https://shop.example/x">our shop</a> and '
               '<a href="javascript:alert(1)">click</a></p>')
    assert html_to_text(content) == ("https://bank.example (https://evil.example/login) and "
                                     "our shop (https://shop.example/x) and click")


def test_invisible_spans_outside_links_are_not_shown() -> None:
    content = '<p>visible<span class="invisible"> hidden</span> words</p>'
    assert html_to_text(content) == "visible words"


def test_hostile_markup_leaves_no_tags_or_scripts() -> None:
    content = ('<p>hi<script>alert("x")</script><style>p{}</style> <b>there</b>'
               '<a href="https://a.example">unclosed <i>link</p><div>block</div>')
    text = html_to_text(content)
    assert "<" not in text and "alert" not in text and "p{}" not in text
    assert text.startswith("hi there")
    assert "block" in text


def test_lists_quotes_and_preformatted_text_from_remote_servers() -> None:
    content = ("<blockquote><p>quoted</p></blockquote><ul><li>one</li><li>two</li></ul>"
               "<pre>a  b\n  c</pre>")
    assert html_to_text(content) == "quoted\n\n• one\n• two\n\na  b\n  c"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=200))
def test_escaped_plain_text_comes_back_unchanged(text: str) -> None:
    """What a server escapes is what the reader reads (spaces folded as HTML does)."""
    expected = " ".join(text.split(" ")).strip()
    got = html_to_text(f"<p>{html.escape(text)}</p>")
    assert "<p>" not in got
    assert " ".join(got.split()) == " ".join(expected.split())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["hello", "dunia", "@ana", "#tag", "https://x.example/a/b/c/d"
                                 "/e/f/g/h/i/j/k/l", "&", "<3", "日本", ":emoji:"]),
                min_size=1, max_size=12))
def test_what_mastodon_renders_reads_back_as_typed(words: list[str]) -> None:
    ana = Acct("9", "ana")
    text = " ".join(words)
    mentions = {ana.url: f"@ana@{HOST}"}
    assert html_to_text(render(text, [ana], HOST), mentions, HOST) == \
        text.replace("@ana", f"@ana@{HOST}")
