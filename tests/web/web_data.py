"""Constants the web tests share (a module with a unique name: conftest modules collide)."""

TOKEN = "test-token-7"
HOSTILE = (
    "Gunmen killed six civilians in Kidal on Monday, <script>window.__pwned=1</script> officials said. "
    '<img src=x onerror="window.__pwned=2"> Militants from <b onmouseover="window.__pwned=3">Ansar Dine</b> '
    "attacked an army post near Gao on Tuesday, killing three soldiers, according to "
    '<a href="javascript:window.__pwned=4">the army</a>.'
)
