#include "platform/http/message.hpp"

#include <gtest/gtest.h>

namespace masseflyt::http {
namespace {

TEST(Methods, RoundTripAndAreCaseSensitive) {
  for (const auto method : {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch,
                            Method::Delete, Method::Options}) {
    EXPECT_EQ(parseMethod(methodName(method)), method);
  }
  EXPECT_FALSE(parseMethod("get"));
  EXPECT_FALSE(parseMethod("PROPFIND"));
}

TEST(HeadersTest, LookupIsCaseInsensitive) {
  Headers headers;
  headers.add("Content-Type", "text/plain");
  EXPECT_EQ(headers.get("content-type"), "text/plain");
  EXPECT_TRUE(headers.has("CONTENT-TYPE"));
  EXPECT_FALSE(headers.get("Accept"));
}

TEST(HeadersTest, SetReplacesAllAndAddKeeps) {
  Headers headers;
  headers.add("Set-Cookie", "a=1");
  headers.add("set-cookie", "b=2");
  EXPECT_EQ(headers.fields().size(), 2U);
  headers.set("Set-Cookie", "c=3");
  ASSERT_EQ(headers.fields().size(), 1U);
  EXPECT_EQ(headers.get("set-cookie"), "c=3");
  headers.remove("SET-COOKIE");
  EXPECT_TRUE(headers.fields().empty());
}

TEST(DecodePath, DecodesPercentEscapes) {
  EXPECT_EQ(decodePath("/"), "/");
  EXPECT_EQ(decodePath("/anlegg/Bj%C3%B8rvika"), "/anlegg/Bj\xC3\xB8rvika");
  EXPECT_EQ(decodePath("/a+b"), "/a+b");  // '+' is only a space in queries and forms
  EXPECT_EQ(decodePath("/a/"), "/a/");
}

TEST(DecodePath, RejectsWhatHandlersMustNeverSee) {
  EXPECT_FALSE(decodePath(""));
  EXPECT_FALSE(decodePath("anlegg"));
  EXPECT_FALSE(decodePath("http://example.com/"));
  EXPECT_FALSE(decodePath("/a%2Fb"));
  EXPECT_FALSE(decodePath("/a%5Cb"));
  EXPECT_FALSE(decodePath("/a%00b"));
  EXPECT_FALSE(decodePath("/a%zz"));
  EXPECT_FALSE(decodePath("/a%4"));
  EXPECT_FALSE(decodePath("/static/../etc/passwd"));
  EXPECT_FALSE(decodePath("/static/%2e%2e/etc"));
  EXPECT_FALSE(decodePath("/static/.."));
  EXPECT_FALSE(decodePath("/./a"));
  EXPECT_EQ(decodePath("/a/..b/.c"), "/a/..b/.c");
}

TEST(Query, ParsesAndDecodesInOrder) {
  Request request;
  request.query = "kommune=Oslo&q=stein+og+grus&tom=&flagg&q=%C3%A6%C3%B8%C3%A5&&bad=%zz";
  const auto params = request.queryParams();
  ASSERT_EQ(params.size(), 6U);
  EXPECT_EQ(params[0], (std::pair<std::string, std::string>{"kommune", "Oslo"}));
  EXPECT_EQ(params[1].second, "stein og grus");
  EXPECT_EQ(params[2], (std::pair<std::string, std::string>{"tom", ""}));
  EXPECT_EQ(params[3], (std::pair<std::string, std::string>{"flagg", ""}));
  EXPECT_EQ(params[4].second, "\xC3\xA6\xC3\xB8\xC3\xA5");
  EXPECT_EQ(params[5].second, "%zz");
  EXPECT_EQ(request.queryParam("q"), "stein og grus");
  EXPECT_FALSE(request.queryParam("mangler"));
}

TEST(Form, ParsesOnlyUrlEncodedBodies) {
  Request request;
  request.body = "navn=Ola+Nordmann&epost=ola%40example.no";
  EXPECT_TRUE(request.formFields().empty());
  request.headers.set("Content-Type", "Application/X-WWW-Form-Urlencoded ; charset=UTF-8");
  const auto fields = request.formFields();
  ASSERT_EQ(fields.size(), 2U);
  EXPECT_EQ(fields[0].second, "Ola Nordmann");
  EXPECT_EQ(fields[1].second, "ola@example.no");
  request.headers.set("Content-Type", "multipart/form-data; boundary=x");
  EXPECT_TRUE(request.formFields().empty());
}

TEST(PathParams, MissingIsEmpty) {
  Request request;
  request.path_params.emplace("id", "42");
  EXPECT_EQ(request.pathParam("id"), "42");
  EXPECT_EQ(request.pathParam("nope"), "");
}

TEST(ResponseFactories, SetTypeAndStatus) {
  EXPECT_EQ(Response::html("<p>").headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(Response::json("{}", 201).status, 201);
  EXPECT_EQ(Response::json("{}").headers.get("Content-Type"), "application/json");
  EXPECT_EQ(Response::text("x").headers.get("Content-Type"), "text/plain; charset=utf-8");
  const auto redirect = Response::redirect("/ny");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers.get("Location"), "/ny");
  EXPECT_EQ(Response::noContent().status, 204);
}

TEST(ResponseFactories, DownloadNamesTheFileForEveryBrowser) {
  const auto plain = Response::download("a;b", "text/csv; charset=utf-8", "masser.csv");
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.body, "a;b");
  EXPECT_EQ(plain.headers.get("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(plain.headers.get("Content-Disposition"),
            "attachment; filename=\"masser.csv\"; filename*=UTF-8''masser.csv");
  EXPECT_EQ(plain.headers.get("Cache-Control"), "no-store");
  // Non-ASCII letters, quotes and line breaks never reach the quoted fallback.
  const auto odd = Response::download("%PDF-", "application/pdf", "Tillatelse \"Bø\"\r\n.pdf");
  EXPECT_EQ(odd.headers.get("Content-Disposition"),
            "attachment; filename=\"Tillatelse _B_____.pdf\"; "
            "filename*=UTF-8''Tillatelse%20%22B%C3%B8%22%0D%0A.pdf");
}

}  // namespace
}  // namespace masseflyt::http
