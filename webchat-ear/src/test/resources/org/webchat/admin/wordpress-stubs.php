<?php
/**
 * Runs a plugin as WordPress would, with a few of WordPress's functions stubbed (WordPressPluginIT): loads it,
 * fires admin_init, admin_menu and wp_enqueue_scripts, tries its settings' sanitize callbacks, and prints as JSON
 * what it registered and enqueued, and the loader's script tag as its script_loader_tag filter leaves it.
 * Usage: php wordpress-stubs.php plugin.php [WordPress version, 6.5 when not given]
 */

define( 'ABSPATH', __DIR__ . '/' );

$hooks = array();
$seen  = array(
	'settings' => array(),
	'pages'    => array(),
	'scripts'  => array(),
	'inline'   => array(),
	'errors'   => array(),
);

function add_action( $hook, $callback ) {
	$GLOBALS['hooks'][ $hook ][] = $callback;
}
function add_filter( $hook, $callback ) {
	add_action( $hook, $callback );
}
function apply_filters( $hook, $value, ...$args ) {
	foreach ( isset( $GLOBALS['hooks'][ $hook ] ) ? $GLOBALS['hooks'][ $hook ] : array() as $callback ) {
		$value = $callback( $value, ...$args );
	}
	return $value;
}
function get_bloginfo( $show ) {
	return 'version' === $show ? $GLOBALS['wp_version'] : '';
}
function do_action( $hook ) {
	foreach ( isset( $GLOBALS['hooks'][ $hook ] ) ? $GLOBALS['hooks'][ $hook ] : array() as $callback ) {
		$callback();
	}
}
function plugin_basename( $file ) {
	return basename( dirname( $file ) ) . '/' . basename( $file );
}
function get_option( $name, $fallback = false ) {
	return $fallback;
}
function absint( $value ) {
	return abs( (int) $value );
}
function __( $text, $domain ) {
	return $text;
}
function esc_html( $text ) {
	return htmlspecialchars( $text, ENT_QUOTES );
}
function esc_url_raw( $url, $protocols ) {
	return preg_match( '#^(' . implode( '|', $protocols ) . ')://#i', $url ) ? $url : '';
}
function wp_parse_url( $url ) {
	return parse_url( $url );
}
function wp_json_encode( $value ) {
	return json_encode( $value );
}
function add_settings_error( $setting, $code, $message ) {
	$GLOBALS['seen']['errors'][] = $code;
}
function register_setting( $group, $name, $args ) {
	$GLOBALS['seen']['settings'][ $name ] = $args;
}
function add_settings_section() {
}
function add_settings_field() {
}
function add_options_page( $page_title, $menu_title, $capability, $slug, $callback ) {
	$GLOBALS['seen']['pages'][] = array(
		'title'      => $page_title,
		'capability' => $capability,
		'slug'       => $slug,
	);
}
function wp_enqueue_script( $handle, $src, $deps, $ver, $args ) {
	$GLOBALS['seen']['scripts'][ $handle ] = array(
		'src'  => $src,
		'ver'  => $ver,
		'args' => $args,
	);
}
function wp_add_inline_script( $handle, $code, $position ) {
	$GLOBALS['seen']['inline'][] = array(
		'handle'   => $handle,
		'code'     => $code,
		'position' => $position,
	);
}

$wp_version = isset( $argv[2] ) ? $argv[2] : '6.5';
require $argv[1];
do_action( 'admin_init' );
do_action( 'admin_menu' );
do_action( 'wp_enqueue_scripts' );

$callbacks = array_values( array_column( $seen['settings'], 'sanitize_callback' ) );
$tries     = array();
foreach ( array( 'https://Chat.Example.org:8443/', 'javascript:alert(1)', 'https://chat.example.org/path' ) as $value ) {
	$tries['server'][ $value ] = $callbacks[0]( $value );
}
foreach ( array( '77', 'abc', '-3', '0', '3.5', ' 12 ' ) as $value ) {
	$tries['campaign'][ $value ] = $callbacks[1]( $value );
}
$seen['sanitized'] = $tries;
// The tags WordPress writes for the loader, its inline script before it: before 6.3 in single quotes without
// async, from 6.3 with async when the strategy asks for it.
foreach ( array_keys( $seen['scripts'] ) as $handle ) {
	$src    = $seen['scripts'][ $handle ]['src'];
	$modern = is_array( $seen['scripts'][ $handle ]['args'] );
	$inline = "<script id='$handle-js-before'>\nvar trap = '<script src=x>';\n</script>\n";
	$tag    = $modern ? "<script src=\"$src\" id=\"$handle-js\" async></script>\n" : "<script src='$src' id='$handle-js'></script>\n";
	$seen['tags'][ $handle ] = apply_filters( 'script_loader_tag', $inline . $tag, $handle, $src );
}
$seen['tags']['other'] = apply_filters( 'script_loader_tag', "<script src='other.js' id='other-js'></script>\n", 'other', 'other.js' );
echo json_encode( $seen );
