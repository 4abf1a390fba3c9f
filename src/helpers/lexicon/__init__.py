"""Word lists and code tables only, one owner each; the engines import them."""
