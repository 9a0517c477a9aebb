"""The `frontdoor` command line: one command table (`main`), commands by subject in modules
imported only when their command runs."""
