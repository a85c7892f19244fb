from ops.httpraw import ParseProblem, parse_requests


def parse(data: bytes) -> tuple[list[dict[str, object]], list[ParseProblem]]:
    problems: list[ParseProblem] = []
    return list(parse_requests(data, problems)), problems


def test_csic_style_get_and_post_with_content_length() -> None:
    data = (b"GET http://localhost:8080/a?x=1 HTTP/1.1\nHost: localhost:8080\n\n\n"
            b"POST http://localhost:8080/b HTTP/1.1\nContent-Length: 9\nHost: h\n\nid=3&q=ab\n\n")
    requests, problems = parse(data)
    assert [(r["method"], r["uri"], r["body"]) for r in requests] == [("GET", "/a?x=1", ""),
                                                                      ("POST", "/b", "id=3&q=ab")]
    assert problems == []


def test_pipelined_requests_and_binary_body() -> None:
    data = (b"POST /up HTTP/1.1\r\nContent-Length: 4\r\n\r\n\x00\xff\n\x01"
            b"GET /next HTTP/1.1\r\nHost: h\r\n\r\n")
    requests, _ = parse(data)
    assert [r["uri"] for r in requests] == ["/up", "/next"]
    assert len(str(requests[0]["body"])) == 4


def test_missing_content_length_reads_to_the_blank_line() -> None:
    requests, _ = parse(b"POST /f HTTP/1.0\nHost: h\n\na=1&b=2\n\nGET /g HTTP/1.0\n\n")
    assert [(r["uri"], r["body"]) for r in requests] == [("/f", "a=1&b=2"), ("/g", "")]


def test_malformed_lines_are_reported_not_fatal() -> None:
    requests, problems = parse(b"garbage here\nGET /ok HTTP/1.1\nbad header without colon\nHost: h\n\n")
    assert [r["uri"] for r in requests] == ["/ok"]
    assert [p.line for p in problems] == [1, 3]
