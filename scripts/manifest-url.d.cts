export declare const DEV_URL: string;
export declare function resolveBaseUrl(value: string | undefined): string;
export declare function rewriteManifest(xml: string, baseUrl: string | undefined): string;
