"""Cooked HTML as the plain text a community manager reads: what Discourse's renderer makes
of mentions, links, quotes, code, entities and emoji, and hostile markup."""

from __future__ import annotations

from connectors.discourse.cooked import to_text

BASE = "https://forum.test"


def test_mentions_keep_their_text_and_links_show_their_real_address() -> None:
    cooked = ('<p>Hi <a class="mention" href="/u/sari">@sari</a> and '
              '<a class="mention-group" href="/groups/team">@team</a>, see '
              '<a href="/t/shipping-times/12/3">this answer</a>, '
              '<a href="https://kopi.test/a">https://kopi.test/a</a> and '
              '<a class="hashtag-cooked" href="/c/support/5"><span>#support</span></a></p>')
    assert to_text(cooked, BASE) == (
        "Hi @sari and @team, see this answer (https://forum.test/t/shipping-times/12/3), "
        "https://kopi.test/a and #support")


def test_unsafe_link_targets_are_never_shown() -> None:
    cooked = ('<p><a href="javascript:alert(1)">click me</a> '
              '<a href="data:text/html,x">data</a> <a href="mailto:cs@kopi.test">mail us</a></p>')
    assert to_text(cooked, BASE) == "click me data mail us (mailto:cs@kopi.test)"


def test_a_quote_says_who_wrote_it_and_is_set_apart() -> None:
    cooked = ('<p>Earlier:</p><aside class="quote no-group" data-username="budi" '
              'data-post="3" data-topic="12"><div class="title"><div class="quote-controls">'
              '</div><img alt="" width="24" height="24" src="/user_avatar/forum.test/budi/48/'
              '1_2.png" class="avatar"> budi:</div><blockquote><p>Where is my '
              '<strong>order</strong>?</p><p>Two weeks now.</p></blockquote></aside>'
              '<p>It ships tomorrow.</p>')
    assert to_text(cooked, BASE) == ("Earlier:\n\n> budi wrote:\n>\n> Where is my order?\n>\n"
                                     "> Two weeks now.\n\nIt ships tomorrow.")


def test_code_keeps_its_spacing_and_inline_code_its_marks() -> None:
    cooked = ('<pre><code class="lang-python">def total(items):\n    return   sum(items)\n'
              '</code></pre><p>Run <code>pip  install kopi</code> first.</p>')
    assert to_text(cooked, BASE) == ("def total(items):\n    return   sum(items)\n\n"
                                     "Run `pip install kopi` first.")


def test_entities_and_non_latin_text_come_through_unharmed() -> None:
    cooked = ("<p>Привет &amp; こんにちは &lt;script&gt;alert(1)&lt;/script&gt; "
              "&quot;kopi&quot; &#127807; مرحبا</p>")
    assert to_text(cooked, BASE) == ('Привет & こんにちは <script>alert(1)</script> "kopi" 🌿 '
                                     "مرحبا")


def test_emoji_images_become_their_codes_custom_ones_too() -> None:
    cooked = ('<p>Thanks <img src="/images/emoji/twitter/smile.png?v=12" title=":smile:" '
              'class="emoji" alt=":smile:" loading="lazy" width="20" height="20"> '
              '<img src="/uploads/default/original/1X/parrot.gif" title=":party_parrot:" '
              'class="emoji emoji-custom" alt=":party_parrot:"> '
              '<img src="/images/emoji/twitter/+1/3.png?v=12" title=":+1:t3:" '
              'class="emoji" alt=":+1:t3:"></p>')
    assert to_text(cooked, BASE) == "Thanks :smile: :party_parrot: :+1:t3:"


def test_oneboxes_and_images_collapse_to_addresses() -> None:
    cooked = ('<aside class="onebox allowlistedgeneric" data-onebox-src="https://news.test/x">'
              '<header class="source"><a href="https://news.test/x">news.test</a></header>'
              '<article class="onebox-body"><h3>A long title</h3><p>Summary</p></article>'
              '</aside><div class="lightbox-wrapper"><a class="lightbox" '
              'href="//cdn.forum.test/original/shot.png" title="shot.png"><img src="x.png" '
              'alt="receipt" width="690"><div class="meta"><span class="filename">shot.png'
              '</span><span class="informations">1024×768 100 KB</span></div></a></div>'
              '<p><img src="/uploads/inline.png"></p>')
    assert to_text(cooked, BASE) == ("https://news.test/x\n\n[image: receipt] "
                                     "(https://cdn.forum.test/original/shot.png)\n\n[image]")


def test_lists_breaks_and_hostile_markup() -> None:
    cooked = ('<ul><li>one</li><li>two<br>lines</li></ul><script>steal()</script>'
              '<style>p{}</style><p>after<svg><text>no</text></svg></p>'
              '<p>unclosed <b>bold <i>italic</p></div></div><p>' + "<div>" * 600 + "deep")
    text = to_text(cooked, BASE)
    assert text.startswith("- one\n- two\nlines\n\nafter\n\nunclosed bold italic")
    assert "steal" not in text and "no" not in text.split() and text.endswith("deep")
