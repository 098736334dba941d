package org.weiyuan.web.site;

import java.util.Map;

/** The public pages' words, zh-CN first and English second; a template reads them as {t.key}. */
public final class SiteText {

    private SiteText() { }

    public static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("lang", "zh-CN"), Map.entry("code", "zh"), Map.entry("other", "en"), Map.entry("otherName", "English"),
            Map.entry("site", "微愿"), Map.entry("wall", "爱心墙"),
            // punctuation the templates put between a word and a value: full-width in Chinese
            Map.entry("colon", "："), Map.entry("open", "（"), Map.entry("close", "）"),
            Map.entry("tagline", "工会核实的困难职工微心愿，每一笔善款去向公开"),
            Map.entry("kind", "类型"), Map.entry("district", "区县"), Map.entry("order", "排序"), Map.entry("any", "全部"),
            Map.entry("apply", "筛选"), Map.entry("more", "下一页"), Map.entry("first", "回到第一页"),
            Map.entry("none", "暂时没有符合条件的微愿。"),
            Map.entry("URGENCY", "紧急"), Map.entry("NEAREST_GOAL", "即将筹满"), Map.entry("NEWEST", "最新"),
            Map.entry("GOODS", "物品"), Map.entry("CASH", "现金"), Map.entry("SERVICE", "服务"), Map.entry("SCHOLARSHIP", "助学"),
            Map.entry("FESTIVAL", "节日慰问"),
            Map.entry("raised", "已筹"), Map.entry("target", "目标"), Map.entry("daysLeft", "剩余天数"),
            Map.entry("days", "天"), Map.entry("ended", "已截止"),
            Map.entry("verified", "工会已入户核实"), Map.entry("published", "发布于"),
            Map.entry("story", "心愿故事"), Map.entry("items", "所需物品"), Map.entry("donors", "位爱心人士已捐"),
            Map.entry("matching", "配捐"), Map.entry("matchingOffer", "您的捐款将获得配捐"), Map.entry("capPerWish", "每个微愿最多"),
            Map.entry("poolLeft", "配捐池剩余"),
            Map.entry("trail", "善款去向"), Map.entry("donated", "爱心捐款"), Map.entry("matched", "配捐"),
            Map.entry("held", "托管中"), Map.entry("disbursed", "已拨付"), Map.entry("returned", "已退回"),
            Map.entry("BANK_TRANSFER", "银行转账"), Map.entry("IN_KIND", "实物发放"),
            Map.entry("proof", "拨付凭证"), Map.entry("thanks", "受助家庭的感谢"), Map.entry("received", "家庭已确认收到"),
            Map.entry("give", "我要捐赠"), Map.entry("amount", "捐赠金额"), Map.entry("rest", "（筹满所需）"),
            Map.entry("otherAmount", "或输入其他金额（元）"), Map.entry("otherHint", "例如 66"),
            Map.entry("otherRule", "最多两位小数，不超过还需筹集的金额。"),
            Map.entry("ifExpires", "如果微愿到期未筹满，我的捐款"), Map.entry("REFUND", "退还给我"),
            Map.entry("MOVE_TO_GENERAL_FUND", "转入活动公共基金"), Map.entry("giveNow", "登录并捐赠"),
            Map.entry("noGifts", "这个微愿已不再接受捐赠。"), Map.entry("paySandbox", "去支付（沙箱）"),
            Map.entry("myDonations", "我的捐赠"), Map.entry("signOut", "退出登录"),
            Map.entry("giveNeedsJs", "网页捐赠需要启用 JavaScript；也可以在微愿 App 中捐赠。"),
            Map.entry("poster", "分享海报"), Map.entry("share", "分享这个微愿"), Map.entry("shareCampaign", "分享这个活动"),
            Map.entry("campaign", "活动"), Map.entry("wishes", "个微愿"), Map.entry("funded", "个已筹满"),
            Map.entry("campaignWishes", "本活动的微愿"), Map.entry("notFound", "没有找到这个页面"),
            Map.entry("notFoundText", "这个链接可能已失效，或微愿已撤回。"), Map.entry("back", "返回爱心墙"),
            Map.entry("photoAlt", "工会审核后公开的照片"), Map.entry("progress", "筹款进度"),
            Map.entry("privacy", "为保护受助家庭，页面不显示姓名、证件号、电话和详细地址。"),
            // 工会公开数据 the union unit's public totals page (/u/{shortId})
            Map.entry("NATIONAL", "全国总工会"), Map.entry("PROVINCE", "省总工会"), Map.entry("CITY", "市总工会"),
            Map.entry("DISTRICT", "区县总工会"), Map.entry("GENERAL", "微心愿"), Map.entry("unitTitle", "公开数据"), Map.entry("unitParent", "上级工会"),
            Map.entry("unitScope", "本工会及所属各级工会发布的全部微愿合计；基层工会的数据计入所在区县。"),
            Map.entry("unitFundedWishes", "个微愿已筹满"), Map.entry("unitRaised", "筹得善款（含配捐）"),
            Map.entry("unitFamilies", "户困难家庭已获帮助"), Map.entry("unitDonors", "爱心人士"),
            Map.entry("unitCampaigns", "开展活动"), Map.entry("unitChildren", "下级工会"), Map.entry("unitName", "工会"),
            Map.entry("unitFundedShort", "已筹满 / 微愿"), Map.entry("unitCampaignList", "活动"),
            Map.entry("unitLink", "发布工会"), Map.entry("unitFamiliesRow", "获得帮助的家庭（户）"));

    public static final Map<String, String> EN = Map.ofEntries(
            Map.entry("lang", "en"), Map.entry("code", "en"), Map.entry("other", "zh"), Map.entry("otherName", "中文"),
            Map.entry("site", "Weiyuan"), Map.entry("wall", "Wish wall"),
            Map.entry("colon", ": "), Map.entry("open", " ("), Map.entry("close", ")"),
            Map.entry("tagline", "Small wishes of workers in hardship, verified by their union; every yuan accounted for in public"),
            Map.entry("kind", "Kind"), Map.entry("district", "District"), Map.entry("order", "Order"), Map.entry("any", "Any"),
            Map.entry("apply", "Filter"), Map.entry("more", "Next page"), Map.entry("first", "Back to the first page"),
            Map.entry("none", "No wish matches for now."),
            Map.entry("URGENCY", "Most urgent"), Map.entry("NEAREST_GOAL", "Nearly funded"), Map.entry("NEWEST", "Newest"),
            Map.entry("GOODS", "Goods"), Map.entry("CASH", "Cash"), Map.entry("SERVICE", "Service"), Map.entry("SCHOLARSHIP", "Scholarship"),
            Map.entry("FESTIVAL", "Festival aid"),
            Map.entry("raised", "Raised"), Map.entry("target", "Goal"), Map.entry("daysLeft", "Days left"),
            Map.entry("days", "days"), Map.entry("ended", "Closed"),
            Map.entry("verified", "Home visit verified by the union"), Map.entry("published", "Published"),
            Map.entry("story", "The story"), Map.entry("items", "What is needed"), Map.entry("donors", "donors so far"),
            Map.entry("matching", "Matching"), Map.entry("matchingOffer", "Your gift is matched"), Map.entry("capPerWish", "up to, per wish"),
            Map.entry("poolLeft", "Left in the matching pool"),
            Map.entry("trail", "Where the money went"), Map.entry("donated", "Donated"), Map.entry("matched", "Matched"),
            Map.entry("held", "Held"), Map.entry("disbursed", "Disbursed"), Map.entry("returned", "Returned"),
            Map.entry("BANK_TRANSFER", "Bank transfer"), Map.entry("IN_KIND", "In kind"),
            Map.entry("proof", "Proof of disbursement"), Map.entry("thanks", "The family's thank-you"), Map.entry("received", "Received by the family"),
            Map.entry("give", "Give"), Map.entry("amount", "Amount"), Map.entry("rest", "(what it still needs)"),
            Map.entry("otherAmount", "Or another amount (yuan)"), Map.entry("otherHint", "e.g. 66"),
            Map.entry("otherRule", "Up to two decimals, no more than the wish still needs."),
            Map.entry("ifExpires", "If the wish is not funded in time, my gift is"), Map.entry("REFUND", "Refunded to me"),
            Map.entry("MOVE_TO_GENERAL_FUND", "Moved to the campaign's general fund"), Map.entry("giveNow", "Sign in and give"),
            Map.entry("noGifts", "This wish takes no more gifts."), Map.entry("paySandbox", "Pay (sandbox)"),
            Map.entry("myDonations", "My donations"), Map.entry("signOut", "Sign out"),
            Map.entry("giveNeedsJs", "Giving on the web needs JavaScript; you can also give in the Weiyuan app."),
            Map.entry("poster", "Sharing poster"), Map.entry("share", "Share this wish"), Map.entry("shareCampaign", "Share this campaign"),
            Map.entry("campaign", "Campaign"), Map.entry("wishes", "wishes"), Map.entry("funded", "funded"),
            Map.entry("campaignWishes", "Wishes in this campaign"), Map.entry("notFound", "Page not found"),
            Map.entry("notFoundText", "The link may have expired, or the wish was withdrawn."), Map.entry("back", "Back to the wish wall"),
            Map.entry("photoAlt", "Photo cleared for the public by the union"), Map.entry("progress", "Funding progress"),
            Map.entry("privacy", "To protect the families, no names, ID numbers, phones or addresses are shown."),
            // 工会公开数据 the union unit's public totals page (/u/{shortId})
            Map.entry("NATIONAL", "National federation"), Map.entry("PROVINCE", "Provincial federation"),
            Map.entry("CITY", "City federation"), Map.entry("DISTRICT", "District federation"), Map.entry("GENERAL", "Small wishes"),
            Map.entry("unitTitle", "Public figures"), Map.entry("unitParent", "Part of"),
            Map.entry("unitScope", "All wishes published by this union and the unions under it; grassroots unions count in their district."),
            Map.entry("unitFundedWishes", "wishes funded"), Map.entry("unitRaised", "Raised (with matching)"),
            Map.entry("unitFamilies", "families helped"), Map.entry("unitDonors", "Donors"),
            Map.entry("unitCampaigns", "Campaigns"), Map.entry("unitChildren", "Unions under it"), Map.entry("unitName", "Union"),
            Map.entry("unitFundedShort", "Funded / wishes"), Map.entry("unitCampaignList", "Campaigns"),
            Map.entry("unitLink", "Published by"), Map.entry("unitFamiliesRow", "Families helped"));

    public static Map<String, String> of(String lang) {
        return "en".equals(lang) ? EN : ZH;
    }
}
