/**
 */
package nl.leerkring.model.impl;

import java.lang.reflect.InvocationTargetException;

import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.LocalizedText;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Localized Text</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.LocalizedTextImpl#getNl <em>Nl</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.LocalizedTextImpl#getEn <em>En</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalizedTextImpl extends MinimalEObjectImpl.Container implements LocalizedText {
	/**
	 * The default value of the '{@link #getNl() <em>Nl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNl()
	 * @generated
	 * @ordered
	 */
	protected static final String NL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNl() <em>Nl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNl()
	 * @generated
	 * @ordered
	 */
	protected String nl = NL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEn() <em>En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEn()
	 * @generated
	 * @ordered
	 */
	protected static final String EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEn() <em>En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEn()
	 * @generated
	 * @ordered
	 */
	protected String en = EN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalizedTextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.LOCALIZED_TEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNl() {
		return nl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNl(String newNl) {
		String oldNl = nl;
		nl = newNl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.LOCALIZED_TEXT__NL, oldNl, nl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEn() {
		return en;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEn(String newEn) {
		String oldEn = en;
		en = newEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.LOCALIZED_TEXT__EN, oldEn, en));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String text(final String language) {
		if ("en".equals(language) && getEn() != null && !getEn().isBlank()) {
			return getEn();
		}
		return getNl() == null ? "" : getNl();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.LOCALIZED_TEXT__NL:
				return getNl();
			case LeerkringPackage.LOCALIZED_TEXT__EN:
				return getEn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LeerkringPackage.LOCALIZED_TEXT__NL:
				setNl((String)newValue);
				return;
			case LeerkringPackage.LOCALIZED_TEXT__EN:
				setEn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LeerkringPackage.LOCALIZED_TEXT__NL:
				setNl(NL_EDEFAULT);
				return;
			case LeerkringPackage.LOCALIZED_TEXT__EN:
				setEn(EN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LeerkringPackage.LOCALIZED_TEXT__NL:
				return NL_EDEFAULT == null ? nl != null : !NL_EDEFAULT.equals(nl);
			case LeerkringPackage.LOCALIZED_TEXT__EN:
				return EN_EDEFAULT == null ? en != null : !EN_EDEFAULT.equals(en);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LeerkringPackage.LOCALIZED_TEXT___TEXT__STRING:
				return text((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nl: ");
		result.append(nl);
		result.append(", en: ");
		result.append(en);
		result.append(')');
		return result.toString();
	}

} //LocalizedTextImpl
