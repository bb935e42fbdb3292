// Builds the task pane page (also the shared runtime of the custom functions), functions.json from the
// functions' JSDoc, the zh-CN functions metadata, the built-in indicator data, assets and the manifest.
const path = require("node:path");
const fs = require("node:fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");

const { resolveBaseUrl, rewriteManifest } = require("./scripts/manifest-url.cjs");
const DATA_FILE = path.resolve(__dirname, "data/indicators.json");

/** Writes functions.zh-CN.json (Chinese descriptions and parameter help; the same names) next to functions.json. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const { localizeMetadata } = require("./scripts/localize-metadata.cjs");
          const table = JSON.parse(
            fs.readFileSync(path.resolve(__dirname, "src/functions/names.zh-CN.json"), "utf8"),
          );
          const localized = localizeMetadata(JSON.parse(asset.source.source().toString()), table);
          compilation.emitAsset(
            "functions.zh-CN.json",
            new sources.RawSource(JSON.stringify(localized, null, 2)),
          );
        },
      );
    });
  }
}

/** HTTPS options for the dev server; certificates are made only when serving, not when building. */
async function devServerHttps() {
  const { ca, key, cert } = await require("./scripts/dev-certs.cjs").ensureDevCerts();
  return { type: "https", options: { ca, key, cert } };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // Development always serves on localhost; production points at ADDIN_BASE_URL (default localhost).
  const url = resolveBaseUrl(dev ? undefined : process.env.ADDIN_BASE_URL);
  if (!fs.existsSync(DATA_FILE)) {
    throw new Error(
      "data/indicators.json is missing: run `npm run extract` first (npm run build does it for you).",
    );
  }
  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/entry.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    // One webpack runtime for the page, so the pane and the functions share one store module. Modules
    // both entries use go to shared chunks (loaded once), however small: otherwise each entry's file
    // carries its own copy, counted twice before the first paint. The pane's sections are lazy chunks.
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        minSize: 20_000,
        cacheGroups: {
          entriesShared: {
            chunks: "initial",
            minChunks: 2,
            minSize: 0,
            priority: -5,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: DATA_FILE, to: "indicators.json" },
          // The seed documents' text, fetched only when a user reads a passage in its context.
          { from: "seeds/*.txt", to: "docs/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
      server: env.WEBPACK_SERVE ? await devServerHttps() : undefined,
    },
  };
  return config;
};
