from agents.ioc import extract, refang


def test_defanged_forms_are_understood() -> None:
    assert refang("hxxps://evil[.]example/x and bob[at]corp[.]com") == "https://evil.example/x and bob@corp.com"
    iocs = extract("beacon to hxxp://203.0.113[.]7:8080/gate.php, report to ops(at)acme(dot)com")
    assert iocs["url"] == ["http://203.0.113.7:8080/gate.php"]
    assert "203.0.113.7" in iocs["ipv4"] and iocs["email"] == ["ops@acme.com"]


def test_every_type_from_a_nested_document() -> None:
    sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    doc = {"alert": {"text": f"CVE-2021-44228 dropped /tmp/.x/payload.so sha256 {sha256}",
                     "more": ["md5 d41d8cd98f00b204e9800998ecf8427e", "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
                              "C:\\Users\\Public\\svc.exe from fe80::1ff:fe23:4567:890a via cdn.evil.xyz"]}}
    iocs = extract(doc)
    assert iocs["cve"] == ["CVE-2021-44228"]
    assert iocs["sha256"] == [sha256] and "md5" in iocs and "sha1" in iocs
    assert "/tmp/.x/payload.so" in iocs["path"] and "C:\\Users\\Public\\svc.exe" in iocs["path"]
    assert iocs["ipv6"] == ["fe80::1ff:fe23:4567:890a"] and "cdn.evil.xyz" in iocs["domain"]


def test_plain_text_has_none() -> None:
    assert extract("status: build 41 is green, all tests pass") == {}
    assert extract({"n": 3, "ok": True}) == {}
