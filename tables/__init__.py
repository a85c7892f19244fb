"""RocksDB-backed Faust tables (rocksdict driver) and the state types kept in them."""
