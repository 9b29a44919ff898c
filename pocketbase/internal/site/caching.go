package site

// Cache policies, by what a URL promises about its content.
const (
	// Astro puts a content hash in every file name under /_astro/, and the
	// build names each search index by its content (src/lib/search/builtIndex.ts),
	// so a given URL never changes: browsers may keep it for a year without asking.
	cacheImmutable = "public, max-age=31536000, immutable"

	// Pages and unhashed files keep their URL when their content changes:
	// browsers must revalidate (cheap, via Last-Modified and 304).
	cacheRevalidate = "no-cache"
)

// cacheControl returns the Cache-Control value for a static file's URL path.
func cacheControl(urlPath string) string {
	if under(urlPath, "/_astro") || under(urlPath, "/search-index") {
		return cacheImmutable
	}
	return cacheRevalidate
}
