/**
 */
package nl.leerkring.model.impl;

import java.time.LocalDate;

import nl.leerkring.model.LeerkringPackage;
import nl.leerkring.model.MemberRole;
import nl.leerkring.model.Membership;
import nl.leerkring.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.impl.MembershipImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MembershipImpl#getRole <em>Role</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MembershipImpl#getJoined <em>Joined</em>}</li>
 *   <li>{@link nl.leerkring.model.impl.MembershipImpl#getLeft <em>Left</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends MinimalEObjectImpl.Container implements Membership {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final MemberRole ROLE_EDEFAULT = MemberRole.MEMBER;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected MemberRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoined() <em>Joined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoined()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate JOINED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJoined() <em>Joined</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoined()
	 * @generated
	 * @ordered
	 */
	protected LocalDate joined = JOINED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeft() <em>Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeft()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LEFT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLeft() <em>Left</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeft()
	 * @generated
	 * @ordered
	 */
	protected LocalDate left = LEFT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LeerkringPackage.Literals.MEMBERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LeerkringPackage.MEMBERSHIP__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEMBERSHIP__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(MemberRole newRole) {
		MemberRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEMBERSHIP__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getJoined() {
		return joined;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoined(LocalDate newJoined) {
		LocalDate oldJoined = joined;
		joined = newJoined;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEMBERSHIP__JOINED, oldJoined, joined));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLeft() {
		return left;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeft(LocalDate newLeft) {
		LocalDate oldLeft = left;
		left = newLeft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LeerkringPackage.MEMBERSHIP__LEFT, oldLeft, left));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LeerkringPackage.MEMBERSHIP__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case LeerkringPackage.MEMBERSHIP__ROLE:
				return getRole();
			case LeerkringPackage.MEMBERSHIP__JOINED:
				return getJoined();
			case LeerkringPackage.MEMBERSHIP__LEFT:
				return getLeft();
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
			case LeerkringPackage.MEMBERSHIP__PERSON:
				setPerson((Person)newValue);
				return;
			case LeerkringPackage.MEMBERSHIP__ROLE:
				setRole((MemberRole)newValue);
				return;
			case LeerkringPackage.MEMBERSHIP__JOINED:
				setJoined((LocalDate)newValue);
				return;
			case LeerkringPackage.MEMBERSHIP__LEFT:
				setLeft((LocalDate)newValue);
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
			case LeerkringPackage.MEMBERSHIP__PERSON:
				setPerson((Person)null);
				return;
			case LeerkringPackage.MEMBERSHIP__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case LeerkringPackage.MEMBERSHIP__JOINED:
				setJoined(JOINED_EDEFAULT);
				return;
			case LeerkringPackage.MEMBERSHIP__LEFT:
				setLeft(LEFT_EDEFAULT);
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
			case LeerkringPackage.MEMBERSHIP__PERSON:
				return person != null;
			case LeerkringPackage.MEMBERSHIP__ROLE:
				return role != ROLE_EDEFAULT;
			case LeerkringPackage.MEMBERSHIP__JOINED:
				return JOINED_EDEFAULT == null ? joined != null : !JOINED_EDEFAULT.equals(joined);
			case LeerkringPackage.MEMBERSHIP__LEFT:
				return LEFT_EDEFAULT == null ? left != null : !LEFT_EDEFAULT.equals(left);
		}
		return super.eIsSet(featureID);
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
		result.append(" (role: ");
		result.append(role);
		result.append(", joined: ");
		result.append(joined);
		result.append(", left: ");
		result.append(left);
		result.append(')');
		return result.toString();
	}

} //MembershipImpl
