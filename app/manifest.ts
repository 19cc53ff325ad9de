// The web app manifest: the site can be installed, and opens at the language chooser.
import type { MetadataRoute } from 'next';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: '客户信息泄露法律责任 · Customer Data Leak Liability',
    short_name: '信息泄露责任',
    description:
      '银行客户个人信息泄露的民事、刑事、行政责任 · Civil, criminal and administrative liability for leaking bank customers’ personal information',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1e3a8a',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
